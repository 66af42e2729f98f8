package main

import "fmt"

func main() {
	temps := []int{12, 15, 9, 21}
	last := len(temps) - 1
	fmt.Println(temps[0], temps[last])
}
