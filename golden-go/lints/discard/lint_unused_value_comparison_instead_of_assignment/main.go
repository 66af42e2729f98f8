package main

import "fmt"

func main() {
	score := 10
	_ = score == 12
	score += 2
	fmt.Println(score)
}
