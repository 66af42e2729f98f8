package main

import "fmt"

func main() {
	votes := []int{0, 0, 0}
	ballots := []int{2, 0, 2, 1, 2}
	for _, b := range ballots {
		votes[b] += 1
	}
	fmt.Println(votes)
}
