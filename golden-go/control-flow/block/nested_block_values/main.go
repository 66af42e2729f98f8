package main

import "fmt"

func main() {
	var summary int
	{
		var base int
		{
			side := 4
			base = side * side
		}
		var extra int
		extra = 2 + 3
		summary = base + extra
	}
	fmt.Println(summary)
}
