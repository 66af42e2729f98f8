package main

import "fmt"

func is_vowel(r rune) bool {
	return r == 'a' || r == 'e' || r == 'i' || r == 'o' || r == 'u'
}

func count_matching(s string, pred func(rune) bool) int {
	n := 0
	for _, r := range s {
		if pred(r) {
			n += 1
		}
	}
	return n
}

func main() {
	fmt.Println(count_matching("education", is_vowel))
}
