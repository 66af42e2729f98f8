package main

import (
	"fmt"
	"math/rand/v2"
)

func estimate(seed uint64, samples int) float64 {
	r := rand.New(rand.NewPCG(seed, seed*31+7))
	inside := 0
	for i := 0; i < samples; i++ {
		x := r.Float64()
		y := r.Float64()
		if x*x+y*y <= 1.0 {
			inside += 1
		}
	}
	return 4.0 * (float64(inside)) / (float64(samples))
}

func main() {
	e1 := estimate(42, 100000)
	e2 := estimate(42, 100000)
	fmt.Printf("%.4f\n", e1)
	fmt.Println("reproducible:", e1 == e2)
	fmt.Println("close to pi:", e1 > 3.1 && e1 < 3.2)
}
