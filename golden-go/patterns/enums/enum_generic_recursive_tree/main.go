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

func insert(t Tree[int], v int) Tree[int] {
	if t.Tag == TreeLeaf {
		return Tree[int]{Tag: TreeNode, Node0: &Tree[int]{Tag: TreeLeaf}, Node1: v, Node2: &Tree[int]{Tag: TreeLeaf}}
	}
	l := *t.Node0
	x := t.Node1
	r := *t.Node2
	if v < x {
		return Tree[int]{Tag: TreeNode, Node0: lisette.Ptr(insert(l, v)), Node1: x, Node2: lisette.Ptr(r)}
	}
	l2 := *t.Node0
	x2 := t.Node1
	r2 := *t.Node2
	if v > x2 {
		return Tree[int]{Tag: TreeNode, Node0: lisette.Ptr(l2), Node1: x2, Node2: lisette.Ptr(insert(r2, v))}
	}
	node := t
	return node
}

func in_order(t Tree[int]) []int {
	if t.Tag == TreeLeaf {
		return []int{}
	}
	l := *t.Node0
	x := t.Node1
	r := *t.Node2
	out := in_order(l)
	out = append(out, x)
	out = append(out, in_order(r)...)
	return out
}

func depth(t Tree[int]) int {
	if t.Tag == TreeLeaf {
		return 0
	}
	l := *t.Node0
	r := *t.Node2
	dl := depth(l)
	dr := depth(r)
	if dl > dr {
		return dl + 1
	} else {
		return dr + 1
	}
}

func main() {
	t := Tree[int]{Tag: TreeLeaf}
	for _, v := range []int{5, 3, 8, 1, 4, 8, 9} {
		t = insert(t, v)
	}
	fmt.Println(in_order(t), depth(t))
}
