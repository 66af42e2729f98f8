package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func to_lower(c rune) rune {
	if c >= 'A' && c <= 'Z' {
		return c - 'A' + 'a'
	} else {
		return c
	}
}

func is_word_rune(c rune) bool {
	return (c >= 'a' && c <= 'z') || c == '\''
}

func words_of(text string) []string {
	words := []string{}
	current := []rune{}
	for _, c := range text {
		lower := to_lower(c)
		if is_word_rune(lower) {
			current = append(current, lower)
		} else if !(len(current) == 0) {
			words = append(words, string(current))
			current = []rune{}
		}
	}
	if !(len(current) == 0) {
		words = append(words, string(current))
	}
	return words
}

func comes_before(a, b string, counts map[string]int) bool {
	if counts[a] != counts[b] {
		return counts[a] > counts[b]
	} else {
		return a < b
	}
}

func sort_keys(keys []string, counts map[string]int) {
	for i, end := 1, len(keys); i < end; i++ {
		key := keys[i]
		j := i - 1
		for j >= 0 && comes_before(key, keys[j], counts) {
			keys[j+1] = keys[j]
			j -= 1
		}
		keys[j+1] = key
	}
}

func bar(n int) string {
	s := ""
	for i2 := 0; i2 < n; i2++ {
		s += "#"
	}
	return s
}

func main() {
	text := "The cat sat on the mat. The mat was flat; the cat was fat! A cat, a hat... it's THE hat."
	words := words_of(text)
	counts := map[string]int{}
	for _, w := range words {
		counts[w] += 1
	}
	keys := []string{}
	total := 0
	for word, n := range counts {
		keys = append(keys, word)
		total += n
	}
	sort_keys(keys, counts)
	fmt.Printf("%v words, %v counted, %v distinct\n", len(words), total, len(keys))
	fmt.Println("top words:")
	for rank, word := range keys[:3:3] {
		n := counts[word]
		fmt.Printf("  %v. %v %v %v\n", rank+1, word, bar(n), n)
	}
	singles := lisette.SliceFilter(keys, func(k string) bool {
		return counts[k] == 1
	})
	single_list := strings.Join(singles, ", ")
	fmt.Printf("once: %v\n", single_list)
	longest := lisette.SliceFold(keys, "", func(best, k string) string {
		if len(k) > len(best) {
			return k
		} else {
			return best
		}
	})
	fmt.Printf("longest: %v\n", longest)
	fmt.Println(lisette.MapGet(counts, "dog"), lisette.MapGet(counts, "hat"))
	by_length := map[int][]string{}
	for _, k := range keys {
		size := len(k)
		by_length[size] = append(by_length[size], k)
	}
	fmt.Println(by_length)
	fmt.Println(counts)
}
