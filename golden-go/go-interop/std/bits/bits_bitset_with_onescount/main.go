package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"math/bits"
)

type BitSet struct {
	words []uint64
}

func (v BitSet) String() string {
	return "BitSet { words: " + lisette.FormatValue(v.words) + " }"
}

func BitSet_new(n int) BitSet {
	words := []uint64{}
	for i2, end := 0, (n+63)/64; i2 < end; i2++ {
		words = append(words, uint64(0))
	}
	return BitSet{words: words}
}

func (self BitSet) Has(i int) bool {
	w := self.words[i/64]
	shifted := bits.RotateLeft64(w, -(i % 64))
	return shifted%2 == 1
}

func (self *BitSet) Set(i int) {
	if !self.Has(i) {
		self.words[i/64] += bits.RotateLeft64(uint64(1), i%64)
	}
}

func (self BitSet) Count() int {
	return lisette.SliceFold(self.words, 0, func(acc int, w uint64) int {
		return acc + bits.OnesCount64(w)
	})
}

func main() {
	primes := BitSet_new(100)
	for n := 2; n < 100; n++ {
		is_prime := true
		for d := 2; d < n; d++ {
			if d*d > n {
				break
			}
			if n%d == 0 {
				is_prime = false
				break
			}
		}
		if is_prime {
			primes.Set(n)
		}
	}
	fmt.Println("primes below 100:", primes.Count())
	fmt.Println("97 prime:", primes.Has(97), "91 prime:", primes.Has(91), "64 prime:", primes.Has(64))
	fmt.Println("words:", len(primes.words), "ones in first word:", bits.OnesCount64(primes.words[0]))
}
