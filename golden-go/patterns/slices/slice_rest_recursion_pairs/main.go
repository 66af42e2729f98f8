package main

import "fmt"

func pairs(xs []string) []string {
	switch {
	case len(xs) == 0:
		return []string{}
	case len(xs) == 1:
		last := xs[0]
		return []string{fmt.Sprintf("%v+?", last)}
	case len(xs) >= 2:
		a := xs[0]
		b := xs[1]
		rest := xs[2:len(xs):len(xs)]
		out := []string{fmt.Sprintf("%v+%v", a, b)}
		out = append(out, pairs(rest)...)
		return out
	}
	panic("unreachable")
}

func main() {
	fmt.Println(pairs([]string{"a", "b", "c", "d", "e"}))
	fmt.Println(pairs([]string{"x", "y"}))
}
