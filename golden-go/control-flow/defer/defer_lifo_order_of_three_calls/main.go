package main

import "fmt"

func release(name string) {
	fmt.Println("release", name)
}

func main() {
	defer release("db")
	defer release("cache")
	defer release("socket")
	fmt.Println("serving")
}
