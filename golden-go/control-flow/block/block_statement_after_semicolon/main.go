package main

import "fmt"

func main() {
	visits := 0
	{
		greeting := "visiting"
		fmt.Println(greeting)
		visits += 1
	}
	fmt.Println(visits)
}
