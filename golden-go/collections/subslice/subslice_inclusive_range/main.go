package main

import "fmt"

func main() {
	marks := []int{50, 62, 71, 88, 93}
	fmt.Println(marks[1 : 3+1 : 3+1])
	fmt.Println(marks[2 : 2+1 : 2+1])
}
