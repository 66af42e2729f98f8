package main

import "fmt"

func main() {
	word := ""
	for _, c := range "héllo world" {
		if c == ' ' {
			break
		}
		word += fmt.Sprintf("%c", c)
	}
	fmt.Println(word, len(word))
}
