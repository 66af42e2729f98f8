package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Scorer interface {
	Score(word string) int
}

type ByLength struct {
	bonus int
}

func (v ByLength) String() string {
	return "ByLength { bonus: " + lisette.FormatValue(v.bonus) + " }"
}

func (self ByLength) Score(word string) int {
	return len(word) + self.bonus
}

type ByVowels struct{}

func (v ByVowels) String() string {
	return "ByVowels {}"
}

func (self ByVowels) Score(word string) int {
	n := 0
	for _, r := range word {
		if r == 'a' || r == 'e' || r == 'i' || r == 'o' || r == 'u' {
			n += 1
		}
	}
	return n
}

func best_word[S Scorer](scorer S, words []string) string {
	best := ""
	best_score := -1
	for _, w := range words {
		s := scorer.Score(w)
		if s > best_score {
			best = w
			best_score = s
		}
	}
	return fmt.Sprintf("%v (%v)", best, best_score)
}

func main() {
	words := []string{"sky", "queue", "strength"}
	fmt.Println(best_word(ByLength{bonus: 10}, words))
	fmt.Println(best_word(ByVowels{}, words))
}
