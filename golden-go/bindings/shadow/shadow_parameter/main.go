package main

import "fmt"

func clamp_score(score int) int {
	var score2 int
	if score > 100 {
		score2 = 100
	} else {
		score2 = score
	}
	var score3 int
	if score2 < 0 {
		score3 = 0
	} else {
		score3 = score2
	}
	return score3
}

func main() {
	fmt.Println(clamp_score(140), clamp_score(-3), clamp_score(77))
}
