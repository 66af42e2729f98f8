package main

import (
	"fmt"
	_ "image/png"
	"math/rand/v2"
	str "strings"
)

func main() {
	fmt.Println(str.ToUpper("quiet"), str.Count("banana", "a"))
	r := rand.New(rand.NewPCG(uint64(1), uint64(2)))
	n := r.IntN(10)
	fmt.Println(n >= 0 && n < 10)
}
