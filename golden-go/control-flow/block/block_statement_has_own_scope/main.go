package main

import "fmt"

func main() {
	{
		label := "draft"
		pages := 3
		fmt.Println(label, pages)
	}
	label := "report"
	fmt.Println(label)
}
