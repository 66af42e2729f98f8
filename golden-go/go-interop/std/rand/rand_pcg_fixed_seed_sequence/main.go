package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"math/rand/v2"
)

func rolls(seed uint64, n int) []int {
	r := rand.New(rand.NewPCG(seed, uint64(2)))
	out := []int{}
	for i2 := 0; i2 < n; i2++ {
		out = append(out, r.IntN(6)+1)
	}
	return out
}

func main() {
	a := rolls(1, 10)
	b := rolls(1, 10)
	fmt.Println(a)
	fmt.Println("same seed, same rolls:", len(a) == len(b) && lisette.EnumeratedSliceFind(lisette.SliceEnumerate(a), func(arg2 lisette.Tuple2[int, int]) bool {
		i := arg2.First
		v := arg2.Second
		return b[i] != v
	}).IsNone())
	c := rolls(7, 10)
	fmt.Println("seed 7:", c)
}
