package main

import "fmt"

func main() {
	for attempt := 0; attempt < 2; attempt++ {
		fmt.Println("ping")
	}
	for i := 0; i < 2; i++ {
		fmt.Println("pong")
	}
}
