package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type TreeTag int

const (
	TreeLeaf TreeTag = iota
	TreeNode
)

type Tree[T any] struct {
	Tag   TreeTag
	Leaf  T
	Node0 *Tree[T]
	Node1 *Tree[T]
}

func (v Tree[T]) String() string {
	switch v.Tag {
	case TreeLeaf:
		return "Tree.Leaf(" + lisette.FormatValue(v.Leaf) + ")"
	}
	return "Tree.Node(" + lisette.FormatValue(*v.Node0) + ", " + lisette.FormatValue(*v.Node1) + ")"
}

func leaves[T any](t Tree[T]) int {
	if t.Tag == TreeLeaf {
		return 1
	}
	l := *t.Node0
	r := *t.Node1
	return leaves(l) + leaves(r)
}

func main() {
	t := Tree[string]{Tag: TreeNode, Node0: &Tree[string]{Tag: TreeLeaf, Leaf: "a"}, Node1: &Tree[string]{Tag: TreeNode, Node0: &Tree[string]{Tag: TreeLeaf, Leaf: "b"}, Node1: &Tree[string]{Tag: TreeLeaf, Leaf: "c"}}}
	fmt.Println(leaves(t))
	fmt.Println(t)
}
