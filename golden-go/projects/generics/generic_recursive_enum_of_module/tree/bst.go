package tree

import lisette "lisette.dev/prelude"

type TreeTag int

const (
	TreeLeaf TreeTag = iota
	TreeNode
)

type Tree[T any] struct {
	Tag   TreeTag
	Node0 *Tree[T]
	Node1 T
	Node2 *Tree[T]
}

func (v Tree[T]) String() string {
	switch v.Tag {
	case TreeLeaf:
		return "Tree.Leaf"
	}
	return "Tree.Node(" + lisette.FormatValue(*v.Node0) + ", " + lisette.FormatValue(v.Node1) + ", " + lisette.FormatValue(*v.Node2) + ")"
}

func Size[T any](t Tree[T]) int {
	if t.Tag == TreeLeaf {
		return 0
	}
	l := *t.Node0
	r := *t.Node2
	return Size(l) + 1 + Size(r)
}
