package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(uint64(1), uint64(2)))
	deck := []string{"A", "K", "Q", "J", "10", "9"}
	r.Shuffle(len(deck), func(i, j int) {
		t := deck[i]
		deck[i] = deck[j]
		deck[j] = t
	})
	fmt.Println(deck)
	perm := r.Perm(5)
	fmt.Println(perm)
	seen := []bool{false, false, false, false, false}
	for _, p := range perm {
		seen[p] = true
	}
	fmt.Println("is permutation:", lisette.SliceAll(seen, func(s bool) bool {
		return s
	}))
}
