package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"sync"
)

type Tally struct {
	mu     sync.Mutex
	counts map[string]int
}

func (v Tally) String() string {
	return "Tally { mu: " + lisette.FormatValue(v.mu) + ", counts: " + lisette.FormatValue(v.counts) + " }"
}

func (self *Tally) Add(word string) {
	self.mu.Lock()
	defer self.mu.Unlock()
	self.counts[word] = self.counts[word] + 1
}

func main() {
	tally := Tally{mu: sync.Mutex{}, counts: map[string]int{}}
	t := &tally
	wg := sync.WaitGroup{}
	words := []string{"go", "lis", "go", "rust", "go", "lis"}
	for _, w := range words {
		wg.Go(func() {
			for i := 0; i < 100; i++ {
				t.Add(w)
			}
		})
	}
	wg.Wait()
	for _, key := range []string{"go", "lis", "rust"} {
		fmt.Println(key, tally.counts[key])
	}
	fmt.Println("keys:", len(tally.counts))
}
