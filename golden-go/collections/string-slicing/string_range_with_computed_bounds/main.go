package main

import "fmt"

func extension(name string) string {
	i := len(name) - 1
	for i >= 0 {
		if name[i] == '.' {
			return name[i+1:]
		}
		i -= 1
	}
	return ""
}

func main() {
	fmt.Println(extension("archive.tar.gz"), extension("notes.md"))
	none := extension("README")
	fmt.Printf("<%v>\n", none)
}
