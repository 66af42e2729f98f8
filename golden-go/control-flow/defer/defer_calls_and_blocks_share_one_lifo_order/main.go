package main

import "fmt"

func say(msg string) {
	fmt.Println(msg)
}

func main() {
	defer say("one")
	defer func() {
		say("two")
	}()
	defer say("three")
	defer func() {
		fmt.Println("four")
	}()
}
