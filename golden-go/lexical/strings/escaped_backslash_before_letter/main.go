package main

import "fmt"

func main() {
	folder := "C:\\data\\new"
	pattern := "\\d+\\.\\d+"
	fmt.Println(folder, pattern)
}
