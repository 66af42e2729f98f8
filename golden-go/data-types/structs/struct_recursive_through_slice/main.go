package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Folder struct {
	name     string
	children []Folder
}

func (v Folder) String() string {
	return "Folder { name: " + lisette.FormatValue(v.name) + ", children: " + lisette.FormatValue(v.children) + " }"
}

func count(f Folder) int {
	n := 1
	for _, c := range f.children {
		n += count(c)
	}
	return n
}

func names(f Folder, depth int) {
	indent := ""
	for i := 0; i < depth; i++ {
		indent += "  "
	}
	fmt.Println(indent + f.name)
	for _, c := range f.children {
		names(c, depth+1)
	}
}

func main() {
	docs := Folder{name: "docs", children: []Folder{}}
	lib := Folder{name: "lib", children: []Folder{Folder{name: "util", children: []Folder{}}}}
	root := Folder{name: "root", children: []Folder{docs, lib}}
	fmt.Println(count(root))
	names(root, 0)
}
