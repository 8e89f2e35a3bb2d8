#include "core/analysis/ShaftGraph.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <set>

namespace tricholog::analysis::detail {

namespace {

// The eight neighbours in circular order starting north (P2 ... P9 of Zhang and Suen).
constexpr std::array<int, 8> kDy{-1, -1, 0, 1, 1, 1, 0, -1};
constexpr std::array<int, 8> kDx{0, 1, 1, 1, 0, -1, -1, -1};

std::array<int, 8> neighbours(const uchar *p, int stride)
{
    std::array<int, 8> n{};
    for (int k = 0; k < 8; ++k)
        n[k] = p[kDy[k] * stride + kDx[k]] ? 1 : 0;
    return n;
}

// 0 -> 1 changes going once round the neighbours.
int transitions(const std::array<int, 8> &n)
{
    int t = 0;
    for (int k = 0; k < 8; ++k)
        t += n[k] == 0 && n[(k + 1) % 8] == 1;
    return t;
}

struct UnionFind
{
    std::vector<int> parent;
    explicit UnionFind(size_t n)
        : parent(n)
    {
        std::iota(parent.begin(), parent.end(), 0);
    }
    int find(int x)
    {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    }
    void join(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b);
    }
};

struct Node
{
    bool isEnd = false;
    cv::Point2f pos;
};

struct Edge
{
    int from = -1, to = -1;
    std::vector<cv::Point> pts;
    float length = 0;
    bool alive = true;
};

float pathLength(const std::vector<cv::Point> &pts)
{
    float len = 0;
    for (size_t i = 1; i < pts.size(); ++i)
        len += (pts[i].x != pts[i - 1].x && pts[i].y != pts[i - 1].y) ? 1.41421356f : 1.0f;
    return len;
}

class Graph
{
public:
    Graph(const cv::Mat &skeleton, const cv::Mat &halfWidth)
        : m_skel(skeleton)
        , m_hw(halfWidth)
        , m_nodeOf(skeleton.size(), CV_32S, cv::Scalar(-1))
    {}

    void build();
    void prune(const GraphParameters &p);
    std::vector<ShaftPath> paths(const GraphParameters &p);

private:
    float hwAt(cv::Point2f q) const
    {
        const int x = std::clamp(int(std::lround(q.x)), 0, m_hw.cols - 1);
        const int y = std::clamp(int(std::lround(q.y)), 0, m_hw.rows - 1);
        return m_hw.at<float>(y, x);
    }
    bool on(int y, int x) const { return m_skel.at<uchar>(y, x) != 0; }
    void traceFrom(cv::Point start, cv::Mat &visited, std::set<std::pair<int, int>> &direct);
    cv::Point2f outward(const Edge &e, bool atFrom) const;
    void pairBranches(const GraphParameters &p);
    void numberUnits(std::vector<ShaftPath> &out, const std::vector<int> &splits,
                     const std::vector<std::pair<int, int>> &touches) const;

    const cv::Mat &m_skel;
    const cv::Mat &m_hw;
    cv::Mat m_nodeOf;
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<int> m_merged; // node -> representative after joining junctions
    // m_link[edge * 2 + (at its `from` end ? 0 : 1)]: the end it continues into, or -1.
    std::vector<int> m_link;
    std::vector<char> m_opening; // per node: a branch ends there beside another
};

void Graph::build()
{
    const int stride = int(m_skel.step1());
    std::vector<cv::Point> junctionPixels;
    for (int y = 1; y < m_skel.rows - 1; ++y) {
        const uchar *row = m_skel.ptr<uchar>(y);
        for (int x = 1; x < m_skel.cols - 1; ++x) {
            if (!row[x])
                continue;
            const auto n = neighbours(row + x, stride);
            const int count = std::accumulate(n.begin(), n.end(), 0);
            if (count == 1) {
                m_nodeOf.at<int>(y, x) = int(m_nodes.size());
                m_nodes.push_back({true, cv::Point2f(float(x), float(y))});
            } else if (count >= 3 && transitions(n) >= 3) {
                junctionPixels.emplace_back(x, y);
            }
        }
    }
    // Touching junction pixels are one junction.
    for (const cv::Point &p : junctionPixels) {
        if (m_nodeOf.at<int>(p) >= 0)
            continue;
        const int id = int(m_nodes.size());
        m_nodes.push_back({false, cv::Point2f(float(p.x), float(p.y))});
        std::vector<cv::Point> stack{p};
        m_nodeOf.at<int>(p) = id;
        while (!stack.empty()) {
            const cv::Point q = stack.back();
            stack.pop_back();
            for (int k = 0; k < 8; ++k) {
                const cv::Point r(q.x + kDx[k], q.y + kDy[k]);
                if (r.x < 1 || r.y < 1 || r.x >= m_skel.cols - 1 || r.y >= m_skel.rows - 1)
                    continue;
                if (m_nodeOf.at<int>(r) >= 0 || !on(r.y, r.x))
                    continue;
                const auto n = neighbours(m_skel.ptr<uchar>(r.y) + r.x, stride);
                if (std::accumulate(n.begin(), n.end(), 0) >= 3 && transitions(n) >= 3) {
                    m_nodeOf.at<int>(r) = id;
                    stack.push_back(r);
                }
            }
        }
    }
    cv::Mat visited(m_skel.size(), CV_8U, cv::Scalar(0));
    std::set<std::pair<int, int>> direct;
    for (int y = 1; y < m_skel.rows - 1; ++y)
        for (int x = 1; x < m_skel.cols - 1; ++x)
            if (m_nodeOf.at<int>(y, x) >= 0)
                traceFrom(cv::Point(x, y), visited, direct);
    m_merged.resize(m_nodes.size());
    std::iota(m_merged.begin(), m_merged.end(), 0);
}

void Graph::traceFrom(cv::Point start, cv::Mat &visited, std::set<std::pair<int, int>> &direct)
{
    const int startNode = m_nodeOf.at<int>(start);
    for (int k = 0; k < 8; ++k) {
        const cv::Point q(start.x + kDx[k], start.y + kDy[k]);
        if (!on(q.y, q.x))
            continue;
        const int qNode = m_nodeOf.at<int>(q);
        if (qNode == startNode)
            continue;
        if (qNode >= 0) {
            const auto key = std::minmax(startNode, qNode);
            if (direct.insert({key.first, key.second}).second)
                m_edges.push_back({startNode, qNode, {start, q}, 1, true});
            continue;
        }
        if (visited.at<uchar>(q))
            continue;
        Edge e{startNode, -1, {start, q}, 0, true};
        visited.at<uchar>(q) = 1;
        cv::Point prev = start, cur = q;
        for (;;) {
            cv::Point next(-1, -1);
            int endNode = -1;
            cv::Point endPixel;
            // 4-neighbours first: a staircase is walked without skipping its corners.
            for (int pass = 0; pass < 2 && next.x < 0 && endNode < 0; ++pass)
                for (int j = pass == 0 ? 0 : 1; j < 8; j += 2) {
                    const cv::Point r(cur.x + kDx[j], cur.y + kDy[j]);
                    if (r == prev || !on(r.y, r.x))
                        continue;
                    const int rNode = m_nodeOf.at<int>(r);
                    if (rNode >= 0 && (rNode != startNode || e.pts.size() > 3)) {
                        endNode = rNode;
                        endPixel = r;
                        break;
                    }
                    if (rNode < 0 && !visited.at<uchar>(r) && next.x < 0)
                        next = r;
                }
            if (endNode >= 0) {
                e.to = endNode;
                e.pts.push_back(endPixel);
                break;
            }
            if (next.x < 0)
                break; // a dead end that is not an end pixel (cannot happen on a thinned mask)
            visited.at<uchar>(next) = 1;
            e.pts.push_back(next);
            prev = cur;
            cur = next;
        }
        if (e.to < 0) {
            // Ended without a node: make the last pixel an end.
            e.to = int(m_nodes.size());
            m_nodes.push_back({true, cv::Point2f(float(cur.x), float(cur.y))});
        }
        e.length = pathLength(e.pts);
        m_edges.push_back(std::move(e));
    }
}

void Graph::prune(const GraphParameters &p)
{
    std::vector<int> degree(m_nodes.size(), 0);
    for (const Edge &e : m_edges) {
        ++degree[e.from];
        ++degree[e.to];
    }
    // Spurs: short end branches off a junction (the corners of a thick shaft's cut end).
    for (Edge &e : m_edges) {
        const bool fromEnd = m_nodes[e.from].isEnd, toEnd = m_nodes[e.to].isEnd;
        if (fromEnd == toEnd)
            continue;
        const int junction = fromEnd ? e.to : e.from;
        if (degree[junction] >= 3 && e.length < p.spurPx + hwAt(m_nodes[junction].pos)) {
            e.alive = false;
            --degree[junction];
        }
    }
    // Junctions a few pixels apart are one (two shafts crossing at a shallow angle).
    UnionFind uf(m_nodes.size());
    for (Edge &e : m_edges) {
        if (!e.alive || m_nodes[e.from].isEnd || m_nodes[e.to].isEnd || e.from == e.to)
            continue;
        const float reach = p.joinPx + std::max(hwAt(m_nodes[e.from].pos), hwAt(m_nodes[e.to].pos));
        if (e.length < reach) {
            e.alive = false;
            uf.join(e.from, e.to);
        }
    }
    for (size_t i = 0; i < m_nodes.size(); ++i)
        m_merged[i] = uf.find(int(i));
}

cv::Point2f Graph::outward(const Edge &e, bool atFrom) const
{
    const size_t n = e.pts.size();
    const cv::Point2f base = atFrom ? cv::Point2f(e.pts.front()) : cv::Point2f(e.pts.back());
    const float hw = hwAt(base);
    const size_t span = std::min(n - 1, size_t(std::max(6.0f, 2 * hw + 4)));
    const cv::Point2f far = atFrom ? cv::Point2f(e.pts[span]) : cv::Point2f(e.pts[n - 1 - span]);
    cv::Point2f d = far - base;
    const float len = std::hypot(d.x, d.y);
    return len > 0 ? d / len : cv::Point2f(0, 0);
}

// Splits `pts` where it turns by more than `degrees` (two hairs from one opening forming a V).
std::vector<std::vector<cv::Point2f>> splitAtCorners(const std::vector<cv::Point2f> &pts,
                                                     const cv::Mat &hw, float degrees)
{
    const int n = int(pts.size());
    std::vector<std::vector<cv::Point2f>> parts;
    const float limit = std::cos(degrees * float(CV_PI) / 180);
    int begin = 0;
    int i = 0;
    while (i < n) {
        const cv::Point q(int(std::lround(pts[i].x)), int(std::lround(pts[i].y)));
        const int w = std::max(5, int(2 * hw.at<float>(std::clamp(q.y, 0, hw.rows - 1),
                                                       std::clamp(q.x, 0, hw.cols - 1)) +
                                      3));
        if (i - w < begin || i + w >= n) {
            ++i;
            continue;
        }
        // The sharpest turn within the next w points.
        int best = -1;
        float bestCos = limit;
        for (int j = i; j < std::min(n - w, i + w); ++j) {
            cv::Point2f a = pts[j] - pts[j - w], b = pts[j + w] - pts[j];
            const float c = a.dot(b) / std::max(1e-6f, std::hypot(a.x, a.y) * std::hypot(b.x, b.y));
            if (c < bestCos) {
                bestCos = c;
                best = j;
            }
        }
        if (best < 0) {
            ++i;
            continue;
        }
        parts.emplace_back(pts.begin() + begin, pts.begin() + best + 1);
        begin = best;
        i = best + w;
    }
    parts.emplace_back(pts.begin() + begin, pts.end());
    return parts;
}

// At each junction, pair the branches that continue each other, straightest first; mark the
// junctions where a branch ends beside another (an opening).
void Graph::pairBranches(const GraphParameters &p)
{
    struct End
    {
        int edge;
        bool atFrom;
    };
    std::vector<std::vector<End>> at(m_nodes.size());
    for (int i = 0; i < int(m_edges.size()); ++i) {
        const Edge &e = m_edges[i];
        if (!e.alive)
            continue;
        at[m_merged[e.from]].push_back({i, true});
        at[m_merged[e.to]].push_back({i, false});
    }
    m_link.assign(m_edges.size() * 2, -1);
    m_opening.assign(m_nodes.size(), 0);
    const float cornerCos = std::cos(p.cornerDegrees * float(CV_PI) / 180);
    for (size_t node = 0; node < at.size(); ++node) {
        const auto &ends = at[node];
        if (ends.size() < 2)
            continue;
        std::vector<cv::Point2f> dirs;
        for (const End &end : ends)
            dirs.push_back(outward(m_edges[end.edge], end.atFrom));
        const float need = ends.size() == 2 ? -cornerCos : -p.straightCos;
        std::vector<std::tuple<float, int, int>> pairs;
        for (size_t a = 0; a < ends.size(); ++a)
            for (size_t b = a + 1; b < ends.size(); ++b)
                if (ends[a].edge != ends[b].edge && dirs[a].dot(dirs[b]) <= need)
                    pairs.emplace_back(dirs[a].dot(dirs[b]), int(a), int(b));
        std::sort(pairs.begin(), pairs.end());
        std::vector<char> used(ends.size(), 0);
        for (const auto &[c, a, b] : pairs) {
            if (used[a] || used[b])
                continue;
            used[a] = used[b] = 1;
            const int ka = ends[a].edge * 2 + (ends[a].atFrom ? 0 : 1);
            const int kb = ends[b].edge * 2 + (ends[b].atFrom ? 0 : 1);
            m_link[size_t(ka)] = kb;
            m_link[size_t(kb)] = ka;
        }
        // An opening: a branch that ends here leaves close beside another (hairs from one
        // opening part at a small angle; a shaft ending against another's side does not).
        for (size_t a = 0; a < ends.size(); ++a)
            for (size_t b = 0; b < ends.size(); ++b)
                if (!used[a] && a != b && dirs[a].dot(dirs[b]) > 0.64f)
                    m_opening[node] = 1;
    }
}

// Units: the parts of a split chain, and the hairs that meet at an opening.
void Graph::numberUnits(std::vector<ShaftPath> &out, const std::vector<int> &splits,
                        const std::vector<std::pair<int, int>> &touches) const
{
    UnionFind units(out.size());
    for (int i : splits)
        units.join(i, i + 1);
    std::vector<int> firstAt(m_nodes.size(), -1);
    for (const auto &[path, node] : touches) {
        if (!m_opening[node] || m_nodes[node].isEnd)
            continue;
        if (firstAt[node] < 0)
            firstAt[node] = path;
        else
            units.join(firstAt[node], path);
    }
    std::vector<int> number(out.size(), -1);
    int next = 0;
    for (size_t i = 0; i < out.size(); ++i) {
        const int root = units.find(int(i));
        if (number[root] < 0)
            number[root] = next++;
        out[i].unit = number[root];
    }
}

std::vector<ShaftPath> Graph::paths(const GraphParameters &p)
{
    pairBranches(p);
    // Chains of linked edges are hairs.
    std::vector<char> done(m_edges.size(), 0);
    std::vector<ShaftPath> out;
    std::vector<int> splits; // a chain split at a corner: part i and i + 1 share it
    std::vector<std::pair<int, int>> touches; // (a part of a chain, a node it ends at or passes)
    for (int first = 0; first < int(m_edges.size()); ++first) {
        if (!m_edges[first].alive || done[first])
            continue;
        // Walk back to the chain's start.
        int edge = first;
        bool forward = true; // walk the edge from `from` to `to`
        for (int guard = 0; guard < int(m_edges.size()); ++guard) {
            const int back = m_link[edge * 2 + (forward ? 0 : 1)];
            if (back < 0 || back / 2 == first)
                break;
            edge = back / 2;
            forward = (back % 2) == 1; // entered at its `to` end going back: walk it from..to
        }
        std::vector<cv::Point2f> pts;
        const int firstPart0 = int(out.size());
        const Edge &startEdge = m_edges[edge];
        const int startNode = m_merged[forward ? startEdge.from : startEdge.to];
        int endNode = startNode;
        for (int guard = 0; guard <= int(m_edges.size()); ++guard) {
            if (done[edge])
                break;
            done[edge] = 1;
            const Edge &e = m_edges[edge];
            const size_t skip = pts.empty() ? 0 : 1;
            if (forward)
                for (size_t i = skip; i < e.pts.size(); ++i)
                    pts.emplace_back(e.pts[i]);
            else
                for (size_t i = skip; i < e.pts.size(); ++i)
                    pts.emplace_back(e.pts[e.pts.size() - 1 - i]);
            endNode = m_merged[forward ? e.to : e.from];
            touches.emplace_back(firstPart0, endNode);
            const int next = m_link[edge * 2 + (forward ? 1 : 0)];
            if (next < 0)
                break;
            edge = next / 2;
            forward = (next % 2) == 0;
        }
        const auto parts = splitAtCorners(pts, m_hw, p.cornerDegrees);
        const int firstPart = int(out.size());
        for (size_t i = 0; i < parts.size(); ++i) {
            ShaftPath path;
            path.points = parts[i];
            path.freeStart = i == 0 ? m_nodes[startNode].isEnd || !m_opening[startNode] : false;
            path.freeEnd =
                i + 1 == parts.size() ? m_nodes[endNode].isEnd || !m_opening[endNode] : false;
            out.push_back(std::move(path));
        }
        touches.emplace_back(firstPart, startNode);
        touches.emplace_back(int(out.size()) - 1, endNode);
        for (int i = firstPart; i + 1 < int(out.size()); ++i)
            splits.push_back(i); // parts of one split chain share their corner
    }
    numberUnits(out, splits, touches);
    return out;
}

} // namespace

void thin(cv::Mat &mask)
{
    CV_Assert(mask.type() == CV_8U && mask.isContinuous());
    const int rows = mask.rows, cols = mask.cols;
    mask.row(0).setTo(0);
    mask.row(rows - 1).setTo(0);
    mask.col(0).setTo(0);
    mask.col(cols - 1).setTo(0);
    uchar *data = mask.ptr<uchar>();
    std::vector<int> candidates;
    for (int i = 0; i < rows * cols; ++i)
        if (data[i])
            candidates.push_back(i);
    std::vector<int> remove;
    bool changed = true;
    while (changed) {
        changed = false;
        for (int step = 0; step < 2; ++step) {
            remove.clear();
            for (int i : candidates) {
                if (!data[i])
                    continue;
                const auto n = neighbours(data + i, cols);
                const int b = std::accumulate(n.begin(), n.end(), 0);
                if (b < 2 || b > 6 || transitions(n) != 1)
                    continue;
                // n: 0 N, 1 NE, 2 E, 3 SE, 4 S, 5 SW, 6 W, 7 NW
                const bool keep = step == 0 ? (n[0] && n[2] && n[4]) || (n[2] && n[4] && n[6])
                                            : (n[0] && n[2] && n[6]) || (n[0] && n[4] && n[6]);
                if (!keep)
                    remove.push_back(i);
            }
            for (int i : remove)
                data[i] = 0;
            changed = changed || !remove.empty();
        }
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                        [&](int i) { return data[i] == 0; }),
                         candidates.end());
    }
}

std::vector<ShaftPath> tracePaths(const cv::Mat &skeleton, const cv::Mat &halfWidth,
                                  const GraphParameters &parameters)
{
    Graph graph(skeleton, halfWidth);
    graph.build();
    graph.prune(parameters);
    return graph.paths(parameters);
}

} // namespace tricholog::analysis::detail
