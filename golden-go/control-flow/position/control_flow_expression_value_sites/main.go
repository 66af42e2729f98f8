package main

import "fmt"

func clamp(n int) int {
	if n > 100 {
		return 100
	} else {
		return n
	}
}

func describe(n int) string {
	{
		var kind string
		if n%2 == 0 {
			kind = "even"
		} else {
			kind = "odd"
		}
		return fmt.Sprintf("%v is %v", n, kind)
	}
}

func main() {
	level := 0
	if clamp(250) == 100 {
		level = 1
	} else {
		level = 2
	}
	var found string
	for {
		level += 1
		if level > 3 {
			if level%2 == 0 {
				found = "even stop"
			} else {
				found = "odd stop"
			}
			break
		}
	}
	fmt.Println(level, found)
	fmt.Println(describe(7))
}
