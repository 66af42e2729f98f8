package main

import "fmt"

func main() {
	seats := []string{"free", "free", "free"}
	seats[1] = "taken"
	fmt.Println(seats)
}
