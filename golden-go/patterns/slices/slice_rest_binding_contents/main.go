package main

import "fmt"

func main() {
	queue := []int{10, 20, 30}
	if len(queue) == 0 {
		fmt.Println("empty")
	} else {
		head := queue[0]
		tail := queue[1:len(queue):len(queue)]
		fmt.Println(head, tail, len(tail))
	}
	single := []int{42}
	if len(single) == 0 {
		fmt.Println("empty")
	} else {
		head := single[0]
		tail := single[1:len(single):len(single)]
		fmt.Println(head, tail, len(tail) == 0)
	}
	if len(queue) >= 2 {
		a := queue[0]
		b := queue[1]
		rest := queue[2:len(queue):len(queue)]
		fmt.Println(a+b, rest)
	} else {
		fmt.Println("short")
	}
}
