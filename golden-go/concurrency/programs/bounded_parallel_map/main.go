package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	words := []string{"go", "lisette", "channel", "task", "select"}
	results := make(chan lisette.Tuple2[int, int], len(words))
	for i, w := range words {
		go func() {
			results <- lisette.Tuple2[int, int]{First: i, Second: len(w)}
		}()
	}
	lengths := []int{0, 0, 0, 0, 0}
	for i2, end := 0, len(words); i2 < end; i2++ {
		received, ok := <-results
		if ok {
			i := received.First
			n := received.Second
			lengths[i] = n
		}
	}
	fmt.Println(lengths)
}
