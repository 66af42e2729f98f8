package main

import "fmt"

func open_door(room string) {
	fmt.Println("door of", room, "opened")
	defer fmt.Println("door of", room, "closed")
}

func main() {
	open_door("kitchen")
	fmt.Println("in the hall")
}
