package disk

import lisette "lisette.dev/prelude"

type Block struct {
	Index int
	Used  bool
}

func (v Block) String() string {
	return "Block { index: " + lisette.FormatValue(v.Index) + ", used: " + lisette.FormatValue(v.Used) + " }"
}

func Fresh(index int) Block {
	return Block{Index: index, Used: false}
}
