package main

import "fmt"

func polite() {
	fmt.Println("goodbye, friend")
}

func terse() {
	fmt.Println("bye")
}

func main() {
	farewell := polite
	defer farewell()
	farewell = terse
	farewell()
}
