//! The heap: fixed-size cells in never-moving blocks, thread-local allocation buffers,
//! and the stop-the-world mark-sweep collector (ARCHITECTURE.md, "Heap and cells",
//! "Garbage collection").

pub mod barrier;
mod cell;
mod gc;
mod mark;
#[cfg(test)]
mod tests;
pub mod verify;

use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ptr::NonNull;

pub use cell::{Cell, Env, JsString};

use crate::object::shape::Shape;
use crate::sync::atomic::{AtomicBool, AtomicU8, AtomicU64, AtomicUsize, Ordering};
use crate::sync::{Arc, Mutex};

const FREE: u8 = 0;
const ALLOCATED: u8 = 1;
/// Cells per block.
pub const BLOCK_CELLS: usize = 256;

/// One cell slot of a block.
pub struct Slot {
    state: AtomicU8,
    mark: AtomicU8,
    cell: UnsafeCell<MaybeUninit<Cell>>,
}

// SAFETY: the `UnsafeCell` is written only by the one thread whose TLAB owns the block,
// while the slot is FREE (so no reference to its contents exists), and dropped only by
// the collector with every mutator stopped; everything else only reads the initialised
// cell, whose own fields are atomics, locks or immutable data (`Cell: Sync`).
unsafe impl Sync for Slot {}
// SAFETY: as above; `Cell` is `Send`.
unsafe impl Send for Slot {}

/// A block of cells. Blocks are never freed while the heap lives, so slot addresses are
/// stable (the GC is non-moving).
pub struct Block {
    slots: Box<[Slot]>,
    owned: AtomicBool,
}

impl Block {
    fn new() -> Block {
        Block {
            slots: (0..BLOCK_CELLS)
                .map(|_| Slot {
                    state: AtomicU8::new(FREE),
                    mark: AtomicU8::new(0),
                    cell: UnsafeCell::new(MaybeUninit::uninit()),
                })
                .collect(),
            owned: AtomicBool::new(false),
        }
    }

    fn base(&self) -> usize {
        self.slots.as_ptr() as usize
    }
}

/// A reference to an allocated cell. Valid while the cell is reachable from a root
/// (ARCHITECTURE.md, R9): the collector frees only unreachable cells.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct CellRef(NonNull<Slot>);

// SAFETY: a `CellRef` is an address; what it points to is `Sync` (see `Slot`).
unsafe impl Send for CellRef {}
// SAFETY: as above.
unsafe impl Sync for CellRef {}

impl CellRef {
    pub(crate) fn from_addr(addr: usize) -> CellRef {
        CellRef(NonNull::new(addr as *mut Slot).unwrap_or(NonNull::dangling()))
    }

    pub(crate) fn addr(self) -> usize {
        self.0.as_ptr() as usize
    }

    fn slot(self) -> &'static Slot {
        // SAFETY: a CellRef is only made from a value that points at a slot of a block of
        // a live heap (blocks are never freed while the heap lives), see `from_addr`
        // callers; the slot itself is only read here.
        unsafe { self.0.as_ref() }
    }

    /// The cell. The `'static` lifetime is the rooting contract of R9: the reference is
    /// valid as long as the cell stays reachable, which the caller guarantees by holding
    /// the value in a register, the root stack or a reachable heap word.
    #[inline]
    pub(crate) fn get(self) -> &'static Cell {
        let slot = self.slot();
        // SAFETY: the slot is ALLOCATED (a reachable value never points at a free slot:
        // the collector frees only unmarked cells, and marking follows every reachable
        // value), so the MaybeUninit was initialised by `alloc` before the value escaped.
        unsafe { (*slot.cell.get()).assume_init_ref() }
    }
}

/// A thread-local allocation buffer: the block this thread alone allocates from.
#[derive(Default)]
pub struct Tlab {
    block: Option<Arc<Block>>,
    cursor: usize,
    /// Bytes and cells allocated from this TLAB and not yet added to the heap's shared
    /// counters: they are added in batches ([`FLUSH_BYTES`]) so that allocation writes no
    /// shared cache line in the common case (two threads allocating would otherwise
    /// fight over the counters' line on every allocation).
    pending_bytes: usize,
    pending_allocs: usize,
}

/// Batch size of a TLAB's allocation accounting.
const FLUSH_BYTES: usize = 32 << 10;

struct Blocks {
    /// Every block, sorted by base address.
    all: Vec<Arc<Block>>,
    /// Blocks not owned by a TLAB that had free slots at the last sweep.
    available: Vec<Arc<Block>>,
}

/// Collector statistics.
#[derive(Default, Debug, Clone)]
pub struct GcStats {
    pub collections: u64,
    pub pause_ns: Vec<u64>,
    /// The marking part of each pause.
    pub mark_ns: Vec<u64>,
    pub allocated_bytes: u64,
    pub live_bytes_after_last: u64,
}

/// The heap of one runtime.
pub struct Heap {
    blocks: Mutex<Blocks>,
    bytes_since_gc: AtomicUsize,
    allocs_since_gc: AtomicUsize,
    total_allocated: AtomicU64,
    live_bytes: AtomicUsize,
    threshold: AtomicUsize,
    /// Heap limit in bytes (0 = none).
    pub limit: usize,
    /// Collect every N allocations (0 = off): `--gc-stress`.
    pub stress: usize,
    /// Threads that mark a large heap: the collecting thread and `markers - 1` helpers
    /// (1 = serial marking). Set from [`default_markers`]; tests change it.
    markers: AtomicUsize,
    /// `WEFT_GC_TRACE` set: each collection prints its marking and sweeping times.
    trace: bool,
    /// Set when a collection is due; polled at safepoints.
    pub gc_requested: AtomicBool,
    // Boxes, because each came from `Box::into_raw` and is freed as a box.
    #[allow(clippy::vec_box)]
    retired: Mutex<Vec<Box<Shape>>>,
    stats: Mutex<GcStats>,
}

const MIN_THRESHOLD: usize = 8 << 20;

/// The number of markers (see [`Heap::markers`]): `WEFT_GC_MARKERS` or the number of
/// cores, never more than the cores (nor 8), never less than 1.
fn default_markers() -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::env::var("WEFT_GC_MARKERS")
        .ok()
        .and_then(|s| s.trim().parse::<usize>().ok())
        .unwrap_or(cores)
        .clamp(1, cores.min(8))
}

impl Heap {
    pub fn new(limit: usize, stress: usize) -> Heap {
        Heap {
            blocks: Mutex::new(Blocks {
                all: Vec::new(),
                available: Vec::new(),
            }),
            bytes_since_gc: AtomicUsize::new(0),
            allocs_since_gc: AtomicUsize::new(0),
            total_allocated: AtomicU64::new(0),
            live_bytes: AtomicUsize::new(0),
            threshold: AtomicUsize::new(MIN_THRESHOLD),
            limit,
            stress,
            markers: AtomicUsize::new(default_markers()),
            trace: std::env::var_os("WEFT_GC_TRACE").is_some(),
            gc_requested: AtomicBool::new(false),
            retired: Mutex::new(Vec::new()),
            stats: Mutex::new(GcStats::default()),
        }
    }

    /// Allocates a cell. Never collects (a collection is only requested, and runs at the
    /// next safepoint poll).
    pub fn alloc(&self, tlab: &mut Tlab, cell: Cell) -> CellRef {
        let bytes = std::mem::size_of::<Slot>() + cell.extra_bytes();
        loop {
            if let Some(b) = &tlab.block {
                while tlab.cursor < BLOCK_CELLS {
                    let slot = &b.slots[tlab.cursor];
                    tlab.cursor += 1;
                    if slot.state.load(Ordering::Acquire) == FREE {
                        // SAFETY: the slot is FREE and lives in this thread's TLAB block,
                        // which no other thread allocates from; the collector only drops
                        // cells with the world stopped (this thread is running), so
                        // nothing else references the slot's contents.
                        unsafe { (*slot.cell.get()).write(cell) };
                        slot.mark.store(0, Ordering::Relaxed);
                        slot.state.store(ALLOCATED, Ordering::Release);
                        let r = CellRef(NonNull::from(slot));
                        tlab.pending_bytes += bytes;
                        tlab.pending_allocs += 1;
                        if self.stress > 0 || tlab.pending_bytes >= FLUSH_BYTES {
                            self.flush(tlab);
                        }
                        return r;
                    }
                }
            }
            self.refill(tlab);
        }
    }

    /// Adds a TLAB's pending allocation counts to the heap's, requesting a collection
    /// when the budget is exceeded. Called every [`FLUSH_BYTES`], on every allocation
    /// under `--gc-stress`, when the TLAB changes blocks and at safepoints.
    pub fn flush(&self, tlab: &mut Tlab) {
        let (bytes, allocs) = (tlab.pending_bytes, tlab.pending_allocs);
        if allocs == 0 {
            return;
        }
        tlab.pending_bytes = 0;
        tlab.pending_allocs = 0;
        let since = self.bytes_since_gc.fetch_add(bytes, Ordering::Relaxed) + bytes;
        self.total_allocated
            .fetch_add(bytes as u64, Ordering::Relaxed);
        self.live_bytes.fetch_add(bytes, Ordering::Relaxed);
        let n = self.allocs_since_gc.fetch_add(allocs, Ordering::Relaxed) + allocs;
        if since > self.threshold.load(Ordering::Relaxed) || (self.stress > 0 && n >= self.stress) {
            self.gc_requested.store(true, Ordering::Relaxed);
        }
    }

    fn refill(&self, tlab: &mut Tlab) {
        self.flush(tlab);
        let mut blocks = crate::sync::lock(&self.blocks);
        if let Some(old) = tlab.block.take() {
            old.owned.store(false, Ordering::Relaxed);
        }
        let block = loop {
            match blocks.available.pop() {
                Some(b) if !b.owned.load(Ordering::Relaxed) => break b,
                Some(_) => continue,
                None => {
                    let b = Arc::new(Block::new());
                    let pos = blocks.all.partition_point(|x| x.base() < b.base());
                    blocks.all.insert(pos, Arc::clone(&b));
                    break b;
                }
            }
        };
        block.owned.store(true, Ordering::Relaxed);
        tlab.block = Some(block);
        tlab.cursor = 0;
    }

    /// Gives a thread's TLAB back (the thread is ending).
    pub fn release_tlab(&self, tlab: &mut Tlab) {
        self.flush(tlab);
        if let Some(b) = tlab.block.take() {
            b.owned.store(false, Ordering::Relaxed);
            crate::sync::lock(&self.blocks).available.push(b);
        }
    }

    /// Defers freeing an unshared shape to the next stop-the-world pause (R6).
    pub fn retire(&self, shape: Box<Shape>) {
        crate::sync::lock(&self.retired).push(shape);
    }

    /// True when `addr` is an allocated cell of this heap.
    pub fn is_live_cell(&self, addr: usize) -> bool {
        let blocks = crate::sync::lock(&self.blocks);
        let i = blocks.all.partition_point(|b| b.base() <= addr);
        if i == 0 {
            return false;
        }
        let b = &blocks.all[i - 1];
        let off = addr - b.base();
        let size = std::mem::size_of::<Slot>();
        off.is_multiple_of(size)
            && off / size < BLOCK_CELLS
            && b.slots[off / size].state.load(Ordering::Acquire) == ALLOCATED
    }

    /// Threads that mark a large heap (1 = serial marking).
    pub fn markers(&self) -> usize {
        self.markers.load(Ordering::Relaxed)
    }

    /// Sets the number of markers (at least 1).
    pub fn set_markers(&self, n: usize) {
        self.markers.store(n.max(1), Ordering::Relaxed);
    }

    /// Bytes allocated and not yet found dead.
    pub fn live_bytes(&self) -> usize {
        self.live_bytes.load(Ordering::Relaxed)
    }

    /// True when live data exceeds the heap limit.
    pub fn over_limit(&self) -> bool {
        self.limit > 0 && self.live_bytes() > self.limit
    }

    pub fn stats(&self) -> GcStats {
        let mut s = crate::sync::lock(&self.stats).clone();
        s.allocated_bytes = self.total_allocated.load(Ordering::Relaxed);
        s
    }

    /// Every allocated cell (world stopped). The block list is snapshotted first so
    /// that `f` may call back into the heap (e.g. `is_live_cell`).
    pub(crate) fn for_each_cell(&self, mut f: impl FnMut(CellRef)) {
        let blocks: Vec<Arc<Block>> = crate::sync::lock(&self.blocks).all.clone();
        for b in &blocks {
            for s in b.slots.iter() {
                if s.state.load(Ordering::Acquire) == ALLOCATED {
                    f(CellRef(NonNull::from(s)));
                }
            }
        }
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        let blocks = self.blocks.get_mut().unwrap_or_else(|e| e.into_inner());
        for b in &blocks.all {
            for s in b.slots.iter() {
                if s.state.load(Ordering::Acquire) == ALLOCATED {
                    s.state.store(FREE, Ordering::Relaxed);
                    // SAFETY: the heap is being dropped, so no mutator or value of it is
                    // left; the slot was initialised when it became ALLOCATED.
                    unsafe { (*s.cell.get()).assume_init_drop() };
                }
            }
        }
    }
}
