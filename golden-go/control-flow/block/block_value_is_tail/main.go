package main

import "fmt"

func main() {
	var area int
	{
		width := 3
		height := 4
		area = width * height
	}
	fmt.Println(area)
}
