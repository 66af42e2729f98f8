package main

import "fmt"

func sign(n int) string {
	if n > 0 {
		return "positive"
	} else if n < 0 {
		return "negative"
	} else {
		return "zero"
	}
}

func main() {
	var size int
	{
		w := 3
		h := 4
		size = w * h
	}
	if size > 10 {
		fmt.Println("big")
	} else {
		fmt.Println("small")
	}
	if size > 0 {
		fmt.Println(sign(size))
	}
	fmt.Println(sign(-size))
}
