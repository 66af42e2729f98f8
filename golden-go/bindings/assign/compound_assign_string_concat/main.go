package main

import "fmt"

func main() {
	header := "id"
	for col := 1; col <= 3; col++ {
		header += fmt.Sprintf(",col%v", col)
	}
	fmt.Println(header)
}
