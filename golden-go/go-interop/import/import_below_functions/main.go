package main

import "fmt"

func announce(what string) {
	fmt.Println("announcing", what)
}

func main() {
	announce("release")
}
