package main

import "fmt"

func main() {
	message := "outer"
	if message != "" {
		message := "inside if"
		fmt.Println(message)
	}
	for i := 0; i < 2; i++ {
		message := fmt.Sprintf("loop %v", i)
		fmt.Println(message)
	}
	fmt.Println(message)
}
