package main

import "fmt"

func main() {
	tally := map[string]int{}
	for _, vote := range []string{"yes", "no", "yes", "yes"} {
		tally[vote] += 1
	}
	fmt.Println(tally)
}
