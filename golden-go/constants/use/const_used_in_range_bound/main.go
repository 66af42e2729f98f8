package main

import "fmt"

const ROUNDS = 3

const PREFIX = "round"

func main() {
	for round, more := 1, 1 <= ROUNDS; more; round, more = round+1, round < ROUNDS {
		fmt.Printf("%v %v of %v\n", PREFIX, round, ROUNDS)
	}
}
