package main

import "fmt"

func reverse(s string) string {
	rs := []rune(s)
	out := []rune{}
	i := len(rs) - 1
	for i >= 0 {
		out = append(out, rs[i])
		i -= 1
	}
	return string(out)
}

func main() {
	fmt.Println(reverse("añejo"))
	fmt.Println(reverse(""))
}
