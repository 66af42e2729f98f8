package main

import "fmt"

func first_answer(answers []bool) string {
	if len(answers) == 0 {
		return "no answers"
	}
	if answers[0] {
		return "started with yes"
	}
	return "started with no"
}

func main() {
	none := []bool{}
	fmt.Println(first_answer(none))
	fmt.Println(first_answer([]bool{true, false}))
	fmt.Println(first_answer([]bool{false}))
}
