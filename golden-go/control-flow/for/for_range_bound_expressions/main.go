package main

import "fmt"

func main() {
	n := 3
	count := 0
	for i, end := n-1, n*2+1; i < end; i++ {
		count += 1
		fmt.Println(i)
	}
	fmt.Printf("%v values\n", count)
}
