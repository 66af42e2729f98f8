package main

import "fmt"

func main() {
	queue := []string{}
	fmt.Println(queue, len(queue), len(queue) == 0, cap(queue))
}
