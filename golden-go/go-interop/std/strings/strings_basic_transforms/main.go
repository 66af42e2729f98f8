package main

import (
	"fmt"
	"strings"
)

func main() {
	title := "  The Quick Brown Fox  "
	trimmed := strings.TrimSpace(title)
	fmt.Printf("[%v]\n", trimmed)
	fmt.Println(strings.ToUpper(trimmed))
	fmt.Println(strings.ToLower(trimmed))
	fmt.Println(strings.Contains(trimmed, "Brown"), strings.HasPrefix(trimmed, "The"), strings.HasSuffix(trimmed, "fox"))
	fmt.Println(strings.Index(trimmed, "Quick"), strings.LastIndex(trimmed, "o"), strings.Index(trimmed, "cat"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Repeat("ab", 3) + "!")
	fmt.Println(strings.ReplaceAll("oink oink oink", "k", "ky"))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", 2))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"))
}
