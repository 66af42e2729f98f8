package main

import "fmt"

func grade(score int) string {
	if score >= 90 {
		return "A"
	} else if score >= 75 {
		return "B"
	} else {
		return "C"
	}
}

func main() {
	fmt.Println(grade(95), grade(80), grade(10))
}
