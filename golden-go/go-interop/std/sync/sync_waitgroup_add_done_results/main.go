package main

import (
	"fmt"
	"sync"
	"time"
)

func word_score(s string) int {
	sum := 0
	for _, r := range s {
		sum += (int(r)) - 96
	}
	return sum
}

func main() {
	inputs := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	results := []int{0, 0, 0, 0, 0}
	wg := sync.WaitGroup{}
	for i, s := range inputs {
		wg.Add(1)
		_ = time.AfterFunc(time.Millisecond*time.Duration((5-i)), func() {
			defer wg.Done()
			results[i] = word_score(s)
		})
	}
	wg.Wait()
	for i, s := range inputs {
		fmt.Println(s, results[i])
	}
}
