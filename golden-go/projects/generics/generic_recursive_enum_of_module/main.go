package main

import (
	"fmt"
	"golden/projects/generics/generic_recursive_enum_of_module/tree"
	lisette "lisette.dev/prelude"
)

func sum(t tree.Tree[int]) int {
	if t.Tag == tree.TreeLeaf {
		return 0
	}
	l := *t.Node0
	v := t.Node1
	r := *t.Node2
	return sum(l) + v + sum(r)
}

func main() {
	leaf := tree.Tree[int]{Tag: tree.TreeLeaf}
	t := tree.Tree[int]{Tag: tree.TreeNode, Node0: &tree.Tree[int]{Tag: tree.TreeNode, Node0: lisette.Ptr(leaf), Node1: 2, Node2: lisette.Ptr(leaf)}, Node1: 5, Node2: &tree.Tree[int]{Tag: tree.TreeNode, Node0: lisette.Ptr(leaf), Node1: 9, Node2: lisette.Ptr(leaf)}}
	fmt.Println(tree.Size(t), sum(t))
}
