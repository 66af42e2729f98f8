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

func (self Tree[T]) Depth() int {
	if self.Tag == TreeLeaf {
		return 1
	}
	l := *self.Node0
	r := *self.Node1
	dl := l.Depth()
	dr := r.Depth()
	if dl > dr {
		return dl + 1
	} else {
		return dr + 1
	}
}

func main() {
	t := Tree[int]{Tag: TreeNode, Node0: &Tree[int]{Tag: TreeLeaf, Leaf: 1}, Node1: &Tree[int]{Tag: TreeNode, Node0: &Tree[int]{Tag: TreeNode, Node0: &Tree[int]{Tag: TreeLeaf, Leaf: 2}, Node1: &Tree[int]{Tag: TreeLeaf, Leaf: 3}}, Node1: &Tree[int]{Tag: TreeLeaf, Leaf: 4}}}
	fmt.Println(t.Depth(), Tree[int]{Tag: TreeLeaf, Leaf: 0}.Depth())
}
